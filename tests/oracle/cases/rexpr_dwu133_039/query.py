from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, j INT, i INT, dt DATE, ts TIMESTAMP, b BOOLEAN, n DECIMAL(4,1), s STRING, m DECIMAL(10,2), d DOUBLE").json(INPUT)
result = df.withColumn("c1", F.bitmap_bit_position(F.instr(col("s"), "a"))).withColumn("m", F.to_number(col("i").cast('string'), lit('S9999'))).withColumn("c3", F.to_date((F.to_timestamp(F.date_format(col("ts"), "yyyy-MM-dd HH:mm:ss"), "yyyy-MM-dd HH:mm:ss") + expr("INTERVAL '1 02:03:04.000005' DAY TO SECOND")))).select("id", "c1", "c3")
OUTPUT_MODE = "append"
