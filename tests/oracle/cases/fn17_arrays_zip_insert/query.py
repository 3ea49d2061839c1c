from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT, a ARRAY<INT>, b ARRAY<STRING>, k INT").load(INPUT)
result = df.select("id", F.arrays_zip("a", "b"), F.arrays_zip(F.col("a"), F.col("b").alias("bb")).alias("z2"),
    F.expr("arrays_zip(a, transform(a, x -> x * 2))").alias("z3"),
    F.array_insert("a", 2, F.lit(9)).alias("i2"), F.expr("array_insert(a, -1, 9)").alias("im1"),
    F.expr("array_insert(a, 5, 9)").alias("i5"), F.expr("array_insert(a, -5, 9)").alias("im5"),
    F.expr("array_insert(a, k, 9)").alias("ik"), F.expr("array_insert(b, 1, null)").alias("inull"))
OUTPUT_MODE = "append"
