from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select(F.nvl((col("n") == lit(12.345).cast("decimal(5,3)")), lit(False)).alias("c1"), (F.year(col("dt")) - col("i")).alias("c2"), expr("(dt > 5) AS c3")).where("coalesce(((NOT c1) OR (NOT c1)), true)")
OUTPUT_MODE = "append"
