from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, ts TIMESTAMP, b BOOLEAN, dt DATE, i INT, m DECIMAL(10,2), n DECIMAL(20,0), s STRING").json(INPUT)
result = df.where((F.format_number((lit(-1) % F.nullif(col("i"), lit(0))), 3).like("a%") | (col("m") > expr("99.99")))).select("id", "dt", F.to_timestamp(F.date_format(F.nullif(col("i"), lit(-1)).cast("timestamp"), "yyyy-MM-dd HH:mm:ss"), "yyyy-MM-dd HH:mm:ss").alias("c1"), F.lower((col("id") + F.dayofyear(F.to_date(lit("2024-02-29")))).cast("string")).alias("c2"), F.timestamp_seconds(F.greatest(F.when(col("d").isNotNull(), col("i")).when((col("dt") < F.to_date(lit("2000-01-01"))), col("i")).otherwise(col("i")), F.weekofyear(F.to_date(lit("2024-02-29"))), col("i"))).alias("c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT c2 FROM rexpr_q ORDER BY id"]
