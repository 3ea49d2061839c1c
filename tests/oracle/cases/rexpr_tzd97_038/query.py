spark.conf.set("spark.sql.session.timeZone", "Pacific/Chatham")
from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id BIGINT, i INT, d DOUBLE, f FLOAT, m DECIMAL(7,0), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.withColumn("c1", expr("make_date(2024, pmod(i, 12) + 1, least(dayofmonth(date_from_unix_date(regexp_count(s, '[aeiou]'))), 28))")).withColumn("c2", expr("((id DIV nullif(i, 0)) - (i - id))")).withColumn("c3", F.when(F.coalesce(col("b"), lit(True)), F.bround((-col("f")), 1)).when(col("b"), lit(0.001)).when(F.coalesce(F.array_contains(F.split(col("t"), ","), "Hello"), col("s").contains("a"), lit(True)), col("f")).otherwise(col("d")).cast("string"))
OUTPUT_MODE = "append"
