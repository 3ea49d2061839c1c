from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, ts TIMESTAMP, i INT, d DOUBLE, m DECIMAL(7,0), s STRING, dt DATE").load(INPUT)
result = df.withColumn("c1", expr("trunc(date_from_unix_date(instr(s, 'é')), 'YEAR')")).withColumn("s", F.when(F.isnan(F.months_between(col("dt"), lit(None).cast("date"), False)), col("s")).when((col("dt") >= F.to_date(lit("2000-01-01"))), F.lower(F.regexp_extract(col("s"), "([a-z]+)", 1))).otherwise(F.repeat(col("s"), 3))).withColumn("c3", F.next_day(F.when((col("dt") == F.to_date(lit("2023-12-31"))), col("dt")).when((col("ts") < F.to_timestamp(lit("1999-12-31 23:59:59.999"))), col("dt")).when((col("s") == lit("é")), col("dt")).otherwise(F.to_date(lit("2023-12-31"))), "wednesday")).select("id", "c1", "c3").where(((col("i") - col("i")).cast("boolean") | col("dt").isNull()))
OUTPUT_MODE = "append"
