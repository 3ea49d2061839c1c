spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT substring(t, 2, 10) AS k1, round(avg(3.75D), 2) AS a1, max(i) AS a2, (max(99.99) - min(99.99)) AS a3 FROM src GROUP BY k1")
OUTPUT_MODE = "update"
