from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(12,4), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.filter((F.endswith(lit("o"), lit(" ")) | (col("j") == lit(2)))).selectExpr("id", "posexplode_outer(array_remove(array(right(substring(s, -3, 3), 0), 'x'), 'x'))", "vector_normalize(array(3.0F, CAST(i AS FLOAT)), 2.0F)", "TRY_CAST(s AS TIMESTAMP) AS c3", "asinh(d) AS c4", "transform_keys(map(((i + i) - bit_count(5)), 'x', 100, 'y'), (k, v) -> k + 1) AS c5").where("coalesce((c3 <= TIMESTAMP'2024-02-29 00:00:00'), true)")
OUTPUT_MODE = "append"
