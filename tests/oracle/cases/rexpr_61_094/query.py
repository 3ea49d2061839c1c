from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, d DOUBLE, b BOOLEAN, s STRING, i INT, f FLOAT, ts TIMESTAMP, m DECIMAL(10,2), j INT, t STRING, dt DATE").load(INPUT)
result = df.select("id", (col("i").cast("timestamp") == col("dt")).alias("c1"), F.when(col("t").try_cast("boolean"), col("id")).when((col("m") != F.unix_timestamp(col("dt"))), (F.when(col("b"), col("id")).when(col("b").isNotNull(), lit(0).cast("bigint")) - F.when((col("d") < lit(0.1)), col("id")).when(col("b"), col("id")).otherwise(lit(3).cast("bigint")))).when(col("d").isNotNull(), (lit(3).cast("bigint") % F.nullif(col("j"), lit(0)))).otherwise(col("id")).alias("c2")).where((col("id") != lit(1000).cast("bigint")))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
