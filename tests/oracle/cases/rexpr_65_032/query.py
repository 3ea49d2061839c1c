from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, k BIGINT, d DOUBLE, f FLOAT, m DECIMAL(38,10), n DECIMAL(9,5), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((col("b") | (col("ts") < F.to_timestamp(lit("1999-12-31 23:59:59.999"))))).withColumn("c1", F.instr(F.concat(F.format_string("%e", col("f")), expr("-3.10").cast("string")), "é")).withColumn("c2", (col("id") + lit(0).cast("bigint"))).withColumn("c3", F.trunc(col("dt"), "mon")).withColumn("dt", F.next_day(F.nullif(col("dt"), F.to_date(lit("2023-12-31"))), "Mon")).withColumn("c5", F.format_number(col("m"), 0))
OUTPUT_MODE = "append"
