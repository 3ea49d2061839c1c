from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, n DECIMAL(20,0), j INT, ts TIMESTAMP, d DOUBLE, i INT, m DECIMAL(18,6), f FLOAT, dt DATE, s STRING").load(INPUT)
result = df.select("id", expr("weekday(greatest(dt, dt)) AS c1"), F.get(F.split(F.replace(F.when((col("j") <= lit(2)), F.reverse(col("s"))), lit("o"), lit("0")), "[aeiou]"), 1).alias("c2"), F.instr(col("s"), "é"))
OUTPUT_MODE = "append"
