from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, f FLOAT, s STRING, ts TIMESTAMP, m DECIMAL(10,2), i INT, b BOOLEAN, d DOUBLE, n DECIMAL(5,3), dt DATE, j INT").json(INPUT)
result = df.select("id", F.translate(F.least(lit("日本"), F.struct(col("s").alias("p"), col("s").alias("q")).getField("q")), "aeiou", "AEI").ilike("%H%").alias("c1"), F.rtrim(col("s")), expr("make_date(2024, month(dt), least(dayofmonth(dt), 28)) AS c3"), (col("b") & col("b")), (F.try_subtract(col("d"), col("d")) * (expr("('1e2' * CAST(n AS DOUBLE))") + lit(0).cast("bigint"))).alias("c5")).where((lit("abc").ilike("%H%") | col("id").isNotNull()))
OUTPUT_MODE = "append"
