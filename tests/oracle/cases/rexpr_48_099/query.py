from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, j INT, d DOUBLE, ts TIMESTAMP, n DECIMAL(20,0), dt DATE, f FLOAT, s STRING, t STRING, m DECIMAL(38,10)").json(INPUT)
result = df.where("(id IS NOT NULL)").withColumn("c1", (col("id") - col("id"))).withColumn("c2", F.when(((col("dt") < F.to_date(lit("2023-12-31"))) | col("d").isNotNull()), col("ts")).otherwise(col("ts"))).withColumn("c3", (F.date_trunc("WEEK", F.when(col("n").isNotNull(), col("ts")).when((lit(2.0) != col("n")), col("ts")).otherwise(F.coalesce(col("ts"), col("ts"), lit(None).cast("timestamp")))) - expr("INTERVAL 1 MONTH"))).select("id", "c1", "c2", "c3").filter("(NOT coalesce(isnan(nvl2(id, -1.5D, 3.75D)), false))")
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id DESC"]
