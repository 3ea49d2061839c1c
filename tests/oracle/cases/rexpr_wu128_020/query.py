from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("((s COLLATE UTF8_BINARY = 'Hello World') OR (ts >= TIMESTAMP'2024-03-01 12:30:00.123456'))").selectExpr("id", "n", "power(s, 2) AS c1", "(id <=> n) AS c2", "posexplode_outer(array_remove(array(s, 'x'), 'x'))", "array_union(array(tan(d), CAST('NaN' AS DOUBLE), power(0.0D, i % 3 - 1)), array(CAST('NaN' AS DOUBLE), 0.0D, -0.0D)) AS c4").where((col("ts") > F.to_timestamp(lit("2024-03-01 12:30:00.123456"))))
OUTPUT_MODE = "append"
