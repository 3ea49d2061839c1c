spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, m DECIMAL(10,2), i INT, t STRING, s STRING, j INT, f FLOAT, n DECIMAL(5,3), ts TIMESTAMP, dt DATE, d DOUBLE").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT j, round(avg(hypot(0.5D, round(f, 2))), 0) AS a1, (max((m / -4.5)) - min((m / -4.5))) AS a2, datediff(max(dt), min(dt)) AS a3, count_if(((s > 'o') AND (s != '2024-02-29'))) AS a4 FROM src GROUP BY j")
OUTPUT_MODE = "update"
