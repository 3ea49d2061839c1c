from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(9,5), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.selectExpr("id", "m", "date_add(dt, d) AS c1", "CASE WHEN (m < 1.25) THEN length(s) ELSE (1 * i) END", "crc32(s) AS c3", "(CASE WHEN b THEN d WHEN (n <= 1.25) THEN 0.1D WHEN (NOT b) THEN d ELSE d END * d) AS c4", "nullif(id, 0L) AS c5", "least(add_months(dt, i), try_to_date(s)) AS c6").where((col("d").between(lit(0.1), lit(-1.5)) | col("d").isNotNull()))
OUTPUT_MODE = "append"
