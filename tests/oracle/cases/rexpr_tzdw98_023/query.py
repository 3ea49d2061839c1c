spark.conf.set("spark.sql.session.timeZone", "Australia/Lord_Howe")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where(F.coalesce((F.trim(col("t")) < col("t")), lit(True))).select("id", "b", F.when(col("b"), col("k")).when(col("b"), col("k")).when(col("b"), col("id")).otherwise(col("k")).alias("c1"), expr("(n IN (1.25, 0.5, 100BD)) AS c2"), expr("add_months(dt, i)"), F.add_months(F.date_add(F.when((col("m") <= expr("0.001")), col("dt")).otherwise(F.to_date(lit("2000-01-01"))), col("i")), col("i")).cast("string").alias("c4"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c2 ASC NULLS FIRST, id"]
