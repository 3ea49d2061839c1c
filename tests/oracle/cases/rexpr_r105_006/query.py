from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(20,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("from_json('{\"a\": ' || i || ', \"b\": [\"x\", null]}', 'a INT, b ARRAY<STRING>')").alias("c1"), (col("n") * col("m")).alias("c2"), (col("dt") == F.to_date(lit("2000-01-01"))).alias("c3")).where("(NOT coalesce(is_valid_utf8(translate(t, 'lo', '01')), false))")
OUTPUT_MODE = "append"
