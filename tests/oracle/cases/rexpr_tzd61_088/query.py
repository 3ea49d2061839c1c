spark.conf.set("spark.sql.session.timeZone", "America/Los_Angeles")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "crc32('42')", "bround(bround(CASE WHEN b THEN d WHEN (f = 0.001D) THEN d ELSE f END, -1), 1) AS c2", "split(s, ' ')[2] AS c3", "lpad(s, 6, ' ') AS c4", "CAST(i AS BIGINT)").where("coalesce(TRY_CAST(c4 AS BOOLEAN), true)")
OUTPUT_MODE = "append"
