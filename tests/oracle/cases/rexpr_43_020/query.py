from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(18,6), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.select("id", F.size(F.split(col("s"), " ")).alias("c1"), expr("(i * ((m - (m + n)) + 10)) AS c2"), F.to_date(F.date_format(F.coalesce(F.add_months(col("dt"), col("i")), F.to_date(lit("2025-03-01"))), "yyyy-MM-dd"), "yyyy-MM-dd").alias("c3"))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY id"]
