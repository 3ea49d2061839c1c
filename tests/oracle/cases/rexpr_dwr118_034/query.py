from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, j INT, s STRING, ts TIMESTAMP, k BIGINT, d DOUBLE, dt DATE, b BOOLEAN, f FLOAT, m DECIMAL(12,4), i INT").load(INPUT)
result = df.selectExpr("id", "width_bucket(d, 1.0D, 1.0D, 3) AS c1", "arrays_zip(array(i, 2), array(CASE WHEN (m = 1.25) THEN concat(space(0), s) ELSE s END), array()) AS c2", "(greatest(m, 0.001, m) / nullif(-3.10, 0)) AS c3", "CAST(aes_decrypt(aes_encrypt('42', '0123456789abcdef'), '0123456789abcdef') AS STRING) AS c4", "('1e2' * CAST(f AS DOUBLE)) AS c5", "transform_keys(map(i, 'x', 100, 'y'), (k, v) -> k + 1)").where(col("j").isNotNull())
OUTPUT_MODE = "append"
