from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, j INT, d DOUBLE, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((expr("(trim(s) COLLATE UTF8_BINARY = 'Hello World')") | col("b").isNotNull())).selectExpr("id", "b", "array_sort(array(2, shiftrightunsigned(i, 28), NULL, -1))", "array_intersect(array(bit_get(0, 3), bitmap_bucket_number(abs(i)), NULL, 1), array(1, NULL, bit_get(0, 3)))", "coalesce(b, true)", "CASE WHEN (s = '') THEN id WHEN b THEN id ELSE id END AS c4")
OUTPUT_MODE = "append"
