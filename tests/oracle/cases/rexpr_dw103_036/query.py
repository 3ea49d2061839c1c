from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, f FLOAT, i INT, dt DATE, m DECIMAL(7,0), b BOOLEAN, d DOUBLE, j INT, s STRING, ts TIMESTAMP, k BIGINT").load(INPUT)
result = df.filter(col("b").isNotNull()).withColumn("c1", expr("add_months(date_from_unix_date(i), i)")).withColumn("c2", F.ltrim(F.struct(F.replace(col("s"), lit("o"), lit("0")).alias("p"), col("s").alias("q")).getField("q"))).withColumn("c3", F.ascii(F.substring_index(col("dt").cast("string"), "o", 0))).select("id", "c1", "c2", "c3").filter("(j IS NOT NULL)")
OUTPUT_MODE = "append"
