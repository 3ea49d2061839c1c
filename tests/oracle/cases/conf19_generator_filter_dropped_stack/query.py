df = spark.readStream.schema("id INT, s STRING, m INT").json(INPUT)
result = df.selectExpr("id", "stack(2, s, m, 'x', 0)").filter("m > 0 AND s IS NOT NULL")
OUTPUT_MODE = "append"
