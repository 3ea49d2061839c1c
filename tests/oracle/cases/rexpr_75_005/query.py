from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, m DECIMAL(38,10), j INT, f FLOAT, dt DATE, s STRING, d DOUBLE, ts TIMESTAMP, i INT, n DECIMAL(5,3), k BIGINT, b BOOLEAN").load(INPUT)
result = df.withColumn("c1", expr("greatest(j, i, j)")).withColumn("c2", expr("CASE WHEN (pmod(i, nullif(j, 0)) IN (-1, 10, 1)) THEN (i / 10) ELSE exp(n) END")).withColumn("c3", expr("least(i, 12, i)")).withColumn("k", F.crc32(F.get(F.split(F.try_element_at(F.split(F.format_string("%d%%", lit(-2).cast("bigint")), " "), lit(-1)), "  *"), 2))).withColumn("c5", F.regexp_replace(F.bround(col("n"), 3).cast("string"), "(a|b)", "<>")).select("id", "c1", "c2", "c3", "c5").where("(c1 >= 2)")
OUTPUT_MODE = "append"
