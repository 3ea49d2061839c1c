from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("id LONG, i INT, d DOUBLE, m DECIMAL(38,10), n DECIMAL(4,1), s STRING, dt DATE, ts TIMESTAMP").json(INPUT)
result = df.groupBy("s").agg(expr("substr(hex(bitmap_construct_agg(bitmap_bit_position(abs(i)))), 1, 24)").alias("a1"), expr("count_if(arrays_overlap(array((bitmap_bit_position(i) % 10), character_length(format_string('%e', d))), array(1, 2, (bitmap_bit_position(i) % 10)))) AS a2"))
OUTPUT_MODE = "complete"
