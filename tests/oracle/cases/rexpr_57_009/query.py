from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where((F.isnull((F.coalesce(col("d"), lit(3.75)) >= col("d"))) | (col("i") != lit(10)))).withColumn("c1", (col("n") / F.nullif(col("i"), lit(0)))).withColumn("c2", col("s")).withColumn("c3", (col("i") != col("m"))).withColumn("c4", F.make_date(lit(2024), lit(2), lit(28))).withColumn("c5", F.floor(col("c1"))).select("id", "c1", "c2", "c3", "c4", "c5").filter(((col("i") > lit(0).cast("bigint")) | col("ts").isNotNull()))
OUTPUT_MODE = "append"
QUERY_NAME = "rexpr_q"
SQL = ["SELECT * FROM rexpr_q ORDER BY c5 DESC NULLS LAST, id"]
