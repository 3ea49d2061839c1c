from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(4,1), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.filter(((F.isnan((lit(float("nan")) + col("d"))) | (col("s") < lit("日本"))) | (col("s") == lit("abc")))).withColumn("c1", F.concat(F.rpad(F.get(F.split(col("s"), "  *"), 2), 3, "ab"), lit("42"), col("s")).startswith("a")).withColumn("c2", expr("nvl(k, CAST(NULL AS BIGINT))")).withColumn("s", F.rpad(F.ltrim(col("s")), 3, " ")).withColumn("c4", F.last_day(F.add_months(col("dt"), lit(5)))).select("id", "c1", "c2", "c4")
OUTPUT_MODE = "append"
