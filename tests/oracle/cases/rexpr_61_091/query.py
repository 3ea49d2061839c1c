from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, j INT, k BIGINT, d DOUBLE, m DECIMAL(10,2), s STRING, t STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.where("(j >= 3)").withColumn("c1", expr("instr(translate(format_number(if((t = 'x-y'), i, i), 0), 'abc', ''), 'a')")).withColumn("c2", expr("(s BETWEEN 'Hello' AND 'é')")).drop("j", "d", "t", "dt", "ts")
OUTPUT_MODE = "append"
