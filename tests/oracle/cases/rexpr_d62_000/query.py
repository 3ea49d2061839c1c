from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, dt DATE, n DECIMAL(9,5), b BOOLEAN, t STRING, ts TIMESTAMP, s STRING, f FLOAT, i INT, j INT, d DOUBLE, m DECIMAL(18,6)").json(INPUT)
result = df.filter((F.regexp_like(lit("x-y"), lit("[0-9]+")) | (col("n") > lit(.001).cast("decimal(4,3)")))).select("id", F.when((col("b") & col("b")), col("dt")).when((col("b") | (col("s") <= lit("2024-02-29"))), F.nullif(F.trunc(F.when(col("b"), col("dt")).otherwise(col("dt")), "YEAR"), F.to_date(lit("2024-02-29")))).alias("c1"), expr("CASE WHEN (least(ln(d), d, d) IS NULL) THEN t WHEN (-4 IN (1, 2)) THEN s ELSE s END AS c2")).where(((col("b") | col("b")) | col("f").isNotNull()))
OUTPUT_MODE = "append"
