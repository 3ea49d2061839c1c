spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, dt DATE, ts TIMESTAMP").load(INPUT)
df.createOrReplaceTempView("src")
result = spark.sql("SELECT size(split(s, ',')) AS k1, 'a' AS k2, round(avg(round(sqrt(nullif(m, 1.25)))), 0) AS a1, sum(CASE WHEN endswith(s, 'a') THEN id WHEN (id <> 3L) THEN id END) AS a2, (max(m) - min(m)) AS a3 FROM src GROUP BY size(split(s, ',')), 'a' ORDER BY k1, k2")
OUTPUT_MODE = "complete"
ORDERED = True
