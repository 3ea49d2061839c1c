from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.selectExpr("id", "nvl2((m / 10.5), timestamp_micros(CAST(i AS BIGINT) * 1000000000L), TIMESTAMP'2024-03-01 12:30:00.123456') AS c1", "CAST(convert_timezone('Europe/Paris', CAST(greatest(ts, ts) AS TIMESTAMP_NTZ)) AS STRING)", "map_from_arrays(array('a', 'b'), array(0.5D, d)) AS c3", "CASE WHEN (m >= 12.345) THEN dt WHEN b THEN dt ELSE dt END AS c4")
OUTPUT_MODE = "append"
