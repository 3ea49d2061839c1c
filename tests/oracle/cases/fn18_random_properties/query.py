from pyspark.sql import functions as F
# Spark draws a new seed for every micro-batch of a stream, so only what holds for any
# draw is compared: sorted permutations, sizes, ranges, types, lengths, constants.
df = spark.readStream.format("json").schema("id INT, a ARRAY<INT>, s ARRAY<STRING>").load(INPUT)
result = df.select("id", F.sort_array(F.shuffle("a", F.lit(7))).alias("sa"), F.size(F.shuffle("s", F.lit(0))).alias("n"),
    F.shuffle(F.expr("slice(s, 1, 1)")), F.shuffle("a").isNull().alias("an"),
    F.uniform(F.lit(10), F.lit(20), F.lit(3)).between(10, 19).alias("ub"),
    F.uniform(F.lit(7), F.lit(7), F.lit(3)), F.expr("uniform(2.5D, 2.5D, 1)"), F.expr("uniform(1L, 1, 9)"),
    F.uniform(F.lit(3).cast("smallint"), F.lit(3).cast("smallint"), F.lit(4)),
    F.uniform(F.lit(1.5).cast("float"), F.lit(1.5).cast("float"), F.lit(2)), F.uniform(F.lit(1).cast("tinyint"), F.lit(1).cast("tinyint"), F.lit(1)),
    F.expr("uniform(1, 3, 1)").cast("string").isin("1", "2").alias("u13"), F.expr("typeof(uniform(1Y, 3Y, 1))").alias("ut"),
    F.expr("randstr(0.0D, 1)"), F.expr("randstr(0L, 1)"), F.expr("length(randstr(2.5D, 1))").alias("r25"), F.expr("length(randstr(5L))").alias("r5"), F.expr("uniform(5, -5, 1) between -5 and 5").alias("urev"),
    F.expr("uniform(0.5D, 2, 3) >= 0.5 and uniform(0.5D, 2, 3) < 2").alias("ud"),
    F.expr("uniform(NULL, 1, 1) IS NULL").alias("unull"),
    F.expr("length(randstr(12, 42))").alias("rl"), F.expr("randstr(12, 42) rlike '^[0-9a-zA-Z]{12}$'").alias("rx"),
    F.randstr(F.lit(0), F.lit(0)), F.expr("length(randstr(3S))").alias("r3"), F.expr("length(randstr(2, 5L))").alias("r2"))
OUTPUT_MODE = "append"
