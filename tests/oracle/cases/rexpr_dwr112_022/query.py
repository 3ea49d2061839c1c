from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("CASE CASE WHEN b THEN i WHEN b THEN i WHEN (n IS NOT NULL) THEN i ELSE 10 END WHEN 1 THEN dt ELSE dt END")).withColumn("c2", expr("array_sort(array(bit_get(size(array_remove(array(i, i, 1, i), i)), 3), negative(CASE WHEN true THEN i WHEN b THEN i WHEN b THEN i ELSE i END), NULL, -1))")).withColumn("c3", expr("sequence(DATE'2024-01-31', DATE'2024-05-01', INTERVAL 1 MONTH)")).withColumn("c4", expr("vector_normalize(array(3.0F, CAST(size(split(s, '[aeiou]')) AS FLOAT)), 2.0F)"))
OUTPUT_MODE = "append"
