from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, n DECIMAL(4,1), m DECIMAL(7,0), j INT, i INT, k BIGINT, d DOUBLE, ts TIMESTAMP, b BOOLEAN, s STRING, dt DATE").json(INPUT)
result = df.withColumn("c1", expr("nullif(dt, to_date('2024-02-29'))")).withColumn("c2", F.when(col("b"), F.to_date(lit("2023-12-31"))).when(col("b"), col("dt")).otherwise(col("dt"))).withColumn("c3", expr("format_number(char_length(s), 3)")).withColumn("c4", (col("n") * col("m"))).withColumn("c5", expr("(c4 IS NOT NULL)")).drop("n", "j", "ts", "b", "dt")
OUTPUT_MODE = "append"
