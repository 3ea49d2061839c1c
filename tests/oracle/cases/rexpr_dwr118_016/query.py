from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, n DECIMAL(5,3), i INT, m DECIMAL(38,10), d DOUBLE, b BOOLEAN, s STRING, j INT, dt DATE, ts TIMESTAMP, k BIGINT").json(INPUT)
result = df.selectExpr("pmod((id % 3), 7) AS c1", "array_position(array(s, 'a', s), 'a') AS c2", "position('o', CAST(try_aes_decrypt(unhex('2024-02-29'), '0123456789abcdef') AS STRING)) AS c3", "stack(2, CASE WHEN true THEN i WHEN b THEN i WHEN b THEN i END, monthname(ts), i, s)").filter((col("c3").isNotNull() | col("c3").isNull()))
OUTPUT_MODE = "append"
