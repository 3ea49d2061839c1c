from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(((F.when((col("s") < lit("o")), col("m")).when(lit(True), col("m")).otherwise(col("n")) >= col("id")) | col("d").isNotNull())).selectExpr("id", "contains(sha2(s, 256), '') AS c1", "coalesce(TRY_CAST(t AS DATE), to_date('2024-02-29')) AS c2", "(i + positive(char_length(s))) AS c3", "format_number(bitwise_not(i), 3) AS c4", "width_bucket(d, -10.0D, 10.0D, 4)").filter((expr("CAST(convert_timezone('Europe/Paris', CAST(TIMESTAMP'2024-02-29 00:00:00' AS TIMESTAMP_NTZ)) AS STRING)").endswith("H") | (col("id") >= lit(1).cast("bigint"))))
OUTPUT_MODE = "append"
