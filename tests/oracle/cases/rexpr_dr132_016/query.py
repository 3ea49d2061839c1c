from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, j INT, m DECIMAL(7,0), d DOUBLE, s STRING, i INT, ts TIMESTAMP, k BIGINT, dt DATE, t STRING, b BOOLEAN").json(INPUT)
result = df.withColumn("c1", expr("zip_with(array(position(array_join(regexp_extract_all(s, '([a-z]+)', 1), '|'), date_format(to_date('2025-03-01'), 'HH:mm:ss'), 2), 2, 3), array(try_multiply(greatest(j, 12, 10), i), 5), (x, y) -> x * 10 + y)")).withColumn("c2", expr("vector_normalize(array(3.0F, CAST(i AS FLOAT)), 2.0F)")).drop("j", "m", "d", "i", "k", "dt", "t")
OUTPUT_MODE = "append"
