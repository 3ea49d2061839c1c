from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.format("json").schema("id LONG, i INT, j INT, d DOUBLE, m DECIMAL(10,2), n DECIMAL(5,3), s STRING, b BOOLEAN, dt DATE, ts TIMESTAMP").load(INPUT)
result = df.where((F.when(col("b"), lit(" ")).when(col("b"), col("s")).when(col("b"), lit("2024-02-29")).like("%o%") | col("s").isNull())).selectExpr("CAST((s ILIKE 'a%') AS DECIMAL(6,3))", "CAST(s AS INT) AS c2", "CAST(abs(i) AS DOUBLE) AS c3", "sequence(timestampdiff(HOUR, ts, timestampadd(DAY, instr(s, ''), make_timestamp_ltz(2024, 2, 29, i, 0, 0, 'Asia/Tokyo'))) % 5, 4) AS c4", "array_repeat(character_length(s), -1) AS c5", "typeof(dt)")
OUTPUT_MODE = "append"
