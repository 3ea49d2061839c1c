from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(38,10), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.select("id", expr("isnan(sqrt((m % nullif(m, 0)))) AS c1"), F.ltrim(col("t")).alias("c2"), F.size(F.split(F.rpad(F.format_number((col("i") * lit(2.0)), 2), 8, "é"), "  *")).alias("c3"), F.md5(col("i")).alias("c4"), F.when((~(col("j") == lit(1))), (col("m") * lit(.5).cast("decimal(2,1)"))).otherwise((col("ts") == col("dt")).cast("decimal(12,2)")).alias("c5"), (col("ts") - expr("INTERVAL -3 DAYS"))).where((col("ts").eqNullSafe(col("dt")) | (col("i") < lit(1))))
OUTPUT_MODE = "append"
