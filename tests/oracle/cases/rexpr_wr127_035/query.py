from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id BIGINT, t STRING, s STRING, dt DATE, b BOOLEAN, m DECIMAL(7,0), i INT, f FLOAT, d DOUBLE, ts TIMESTAMP").json(INPUT)
result = df.filter((expr("is_valid_utf8(unhex('C328'))") | col("m").isNotNull())).select(expr("map_values(map(1, dateadd(dt, (i * 0)), 2, NULL))").alias("c1"), F.rint(col("d")).alias("c2"), F.posexplode(F.sequence(lit(1), F.abs(F.nvl2(col("f"), lit(-1), lit(5))) % 3)), expr("(id - id) AS c4"), expr("rint(d)")).filter("((c4 IS NOT NULL) OR (c1 IS NOT NULL))")
OUTPUT_MODE = "append"
