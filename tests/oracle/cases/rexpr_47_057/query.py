from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, ts TIMESTAMP, dt DATE, b BOOLEAN, s STRING, m DECIMAL(7,0), j INT, t STRING, i INT").load(INPUT)
result = df.filter((col("i").between(lit(10), lit(2)) | col("id").isNotNull())).selectExpr("CAST((pmod(id, nullif(i, 0)) % -4) AS STRING) AS c1", "TRY_CAST((1.25 * m) AS INT) AS c2", "abs(i) AS c3", "crc32(date_format(add_months(CASE WHEN b THEN dt WHEN b THEN dt ELSE DATE'2024-02-29' END, i), 'yyyy-MM-dd')) AS c4")
OUTPUT_MODE = "append"
