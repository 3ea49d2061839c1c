from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, f FLOAT, m DECIMAL(12,4), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(s IS NOT NULL)").withColumn("c1", F.trim(col("s"))).withColumn("c2", F.add_months(F.nvl2(F.nvl((col("d") >= lit(100.0)), lit(False)), F.trunc(col("dt"), "mon"), F.to_date(lit("2024-02-29"))), lit(2))).withColumn("c3", F.coalesce(col("j").cast("decimal(12,2)"), expr("-3.10"))).withColumn("s", expr("c1")).drop("i", "f", "b", "dt")
OUTPUT_MODE = "append"
