from pyspark.sql import functions as F
from pyspark.sql.functions import col, lit, expr
df = spark.readStream.schema("d DOUBLE, i INT, f FLOAT").json(INPUT)
result = df.select(
    F.signum(col("d") * col("i")).cast("string").alias("s"),
    F.format_number(F.signum(col("d") * col("i")), 0).alias("fmt"),
    expr("sign(d * i)").alias("sg"),
    F.signum(col("f") * col("i")).cast("string").alias("sf"),
    F.signum(col("d")).alias("plain"))
OUTPUT_MODE = "append"
