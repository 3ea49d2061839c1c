spark.conf.set("spark.sql.session.timeZone", "Asia/Tokyo")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, t STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("(m + (n - i)) AS c1", "nullif((1 - greatest(id, 0L, id)), 1L) AS c2", "date_trunc('QUARTER', ts) AS c3", "TRY_CAST(crc32(nullif(t, '2024-02-29')) AS INT) AS c4")
OUTPUT_MODE = "append"
