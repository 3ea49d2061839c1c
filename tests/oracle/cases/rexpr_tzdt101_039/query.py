spark.conf.set("spark.sql.session.timeZone", "Europe/London")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT j, last_day(to_date(ts)) AS k2, round(avg(round((i + m), 1)), 0) AS a1, count_if((dt IS NULL)) AS a2, max(dt) AS a3, max(months_between(date_trunc('yyyy', ts), ts)) AS a4 FROM src GROUP BY j, k2")
OUTPUT_MODE = "update"
