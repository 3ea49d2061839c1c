from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, b BOOLEAN, m DECIMAL(10,2), d DOUBLE, f FLOAT, t STRING, n DECIMAL(5,3), j INT, ts TIMESTAMP, i INT, s STRING, dt DATE").load(INPUT)
result = df.withColumn("c1", expr("crc32(concat_ws('|', s, t))")).withColumn("c2", F.weekofyear(F.to_date(lit("2025-03-01")))).select("id", "c1", "c2").where("(((c1 <= 1000L) AND (c1 = -2L)) OR (id <> -2L))")
OUTPUT_MODE = "append"
