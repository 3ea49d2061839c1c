from pyspark.sql import functions as F
df = spark.readStream.format("json").schema("id INT, s STRING").load(INPUT)
fmts = ["999", "$99.99", "S999,999.00", "99G999D9S", "999MI", "999PR", "000.00", "9.99", "$9,999", "99,999", "0999", "999.9MI", "S$999.99"]
result = df.select("id", "s", *[F.try_to_number("s", F.lit(f)).alias("f%d" % i) for i, f in enumerate(fmts)])
OUTPUT_MODE = "append"
