spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT CASE WHEN b THEN '2024-02-29' WHEN b THEN s WHEN (i <> 3) THEN s ELSE s END AS k1, max(substring('abc', 5, 3)) AS a1, sum(CASE WHEN (substring(s, 2, 10) LIKE '%e') THEN size(split(get(split(s, '-'), 2), ',')) ELSE 0 END) AS a2, max((id % i)) AS a3 FROM src GROUP BY CASE WHEN b THEN '2024-02-29' WHEN b THEN s WHEN (i <> 3) THEN s ELSE s END")
OUTPUT_MODE = "update"
