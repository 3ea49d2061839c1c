from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, n DECIMAL(9,5), d DOUBLE, j INT, ts TIMESTAMP, dt DATE, f FLOAT, s STRING, i INT, m DECIMAL(7,0)").json(INPUT)
result = df.withColumn("c1", F.datediff(F.when(col("dt").isNull(), col("dt")).otherwise(F.to_date(lit("2023-12-31"))), F.when((col("f") == lit(100.0)), F.to_date(F.date_format(col("dt"), "dd/MM/yyyy"), "dd/MM/yyyy")).otherwise(col("s").try_cast("date")))).withColumn("c2", F.nvl2((col("ts") < F.to_timestamp(lit("2024-02-29 00:00:00"))), expr("CASE ' ' WHEN 'o' THEN id END"), lit(1000).cast("bigint"))).withColumn("c3", F.when(F.when(col("s").between(lit("é"), lit("x-y")), (col("f") <= col("m"))).when(col("s").isNotNull(), (col("i") > lit(2))).otherwise(lit(False)), ((col("n") / lit(7)) * F.round(col("m"), 2))).when((col("id") >= col("m")), F.nullif(col("n"), expr("12.345"))).when(col("n").isNotNull(), F.bround((col("n") + col("n")), 2)).otherwise((lit(1.25).cast("decimal(3,2)") + col("n")))).withColumn("c4", expr("(dt <= to_date('2024-02-29'))"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT n FROM rexpr_q ORDER BY id"]
