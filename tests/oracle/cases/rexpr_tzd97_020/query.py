spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "CASE WHEN (k > 0L) THEN dt WHEN (' ' NOT IN ('abc')) THEN coalesce(dt, DATE'2025-03-01') END", "date_from_unix_date((instr(' ', 'é') + 2)) AS c2")
OUTPUT_MODE = "append"
