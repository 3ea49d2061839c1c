from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(18,6), n DECIMAL(4,1), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", "f", F.ceil((F.nullif(col("n"), expr("0.5")) - col("i")), -1).alias("c1"), F.exp((lit(-2).cast("bigint") - col("id")).cast("double")).alias("c2")).where((F.exists(F.split(col("t"), " "), lambda x: x == lit("o")) | (col("ts") < F.to_timestamp(lit("2024-02-29 00:00:00")))))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2, f FROM rexpr_q ORDER BY id DESC"]
