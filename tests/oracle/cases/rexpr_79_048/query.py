from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, d DOUBLE, b BOOLEAN, m DECIMAL(12,4), j INT, f FLOAT, i INT, dt DATE, ts TIMESTAMP, k BIGINT, s STRING").json(INPUT)
result = df.withColumn("c1", F.pow(F.ceil(F.when((col("j") < col("i")), col("m")).otherwise(F.when((col("m") > expr("12.345")), col("m")).otherwise(col("m")))), 3.0)).withColumn("c2", (col("id") % col("i"))).withColumn("c3", expr("CASE WHEN b THEN day(dt) WHEN b THEN i END")).withColumn("m", expr("(m + m)")).withColumn("c5", col("s").try_cast("boolean")).withColumn("c6", F.greatest(F.regexp_extract(col("s"), "([0-9]+)", 1), F.lpad(col("s"), 6, "*"), F.format_number(col("m"), 0)).startswith(" ")).drop("d", "b", "j", "f", "s").where((~F.coalesce((F.lower(col("s")) < F.trim(col("s"))), lit(False))))
OUTPUT_MODE = "append"
