spark.conf.set("spark.sql.session.timeZone", "America/New_York")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, s STRING, ts TIMESTAMP, m DECIMAL(38,10), dt DATE, k BIGINT, i INT, d DOUBLE, t STRING, n DECIMAL(9,5)").load(INPUT)
result = df.select("id", expr("substring_index(CASE WHEN (k <=> i) THEN s ELSE concat_ws('-', t, '2024-02-29') END, ',', 0) AS c1"), expr("bround((CASE WHEN true THEN i WHEN (i = 10) THEN 10 ELSE i END / nullif((-3.10 * d), 0)), 1) AS c2"))
OUTPUT_MODE = "append"
